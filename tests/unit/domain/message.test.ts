import { fillMessage } from '../../../src/domain/message';

describe('fillMessage', () => {
  it('writes the deadline as the ISO date the letters use, everywhere it is asked for', () => {
    expect(fillMessage('Svara senast {{deadline}}. Sista dag: {{deadline}}.', '2025-04-30')).toBe(
      'Svara senast 2025-04-30. Sista dag: 2025-04-30.',
    );
  });

  it('says the date is set at sending while an answer window has no date yet', () => {
    expect(fillMessage('Svara senast {{deadline}}.', undefined)).toBe(
      'Svara senast (datum bestäms vid utskick).',
    );
  });
});

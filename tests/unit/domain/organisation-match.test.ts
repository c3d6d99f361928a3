import { foldName, matchOrganisation } from '../../../src/domain/organisation-match';
import { org } from './builders';

/** What someone in a channel may write after `koppla`, and which organisation the bot takes it for. */
const ORGS = [
  org('narhalsan'),
  org('sahlgrenska'),
  org('skaraborg'),
  org('folktandvarden'),
  org('goteborg'),
  org('fyrbodal'),
];

function found(query: string, organisations = ORGS): string | undefined {
  const m = matchOrganisation(query, organisations);
  return m.kind === 'found' ? m.organisation.id : undefined;
}

function suggested(query: string, organisations = ORGS): string[] {
  const m = matchOrganisation(query, organisations);
  return m.kind === 'unknown' ? m.suggestions.map((o) => o.id) : [`found ${m.organisation.id}`];
}

describe('which organisation `koppla <id or name>` names', () => {
  it('takes the id or the full name, whatever the case, marks and spacing', () => {
    expect(found('narhalsan')).toBe('narhalsan');
    expect(found('Närhälsan')).toBe('narhalsan');
    expect(found('NÄRHÄLSAN ')).toBe('narhalsan');
    expect(found('Skaraborgs sjukhus')).toBe('skaraborg');
    expect(found('skaraborgs-sjukhus')).toBe('skaraborg');
    expect(found('Sahlgrenska Universitetssjukhuset')).toBe('sahlgrenska');
  });

  it('does not guess from part of a name, but offers what it meant', () => {
    expect(found('Sahlgrenska universitet')).toBeUndefined();
    expect(suggested('Sahlgrenska universitet')).toEqual(['sahlgrenska']);
    expect(suggested('skaraborgs')).toEqual(['skaraborg']);
  });

  it('offers the closest names for a misspelling, best first', () => {
    expect(found('Närhälsn')).toBeUndefined();
    expect(suggested('Närhälsn')[0]).toBe('narhalsan');
    expect(suggested('folktandvården')).toEqual(['found folktandvarden']);
    expect(suggested('Folktandvårdn')).toEqual(['folktandvarden']);
  });

  it('offers nothing for a name that is nowhere near, and nothing for an empty query', () => {
    expect(suggested('Kommunförbundet i Halland')).toEqual([]);
    expect(suggested('   ')).toEqual([]);
    expect(suggested('—')).toEqual([]);
  });

  it('never guesses between two organisations with the same name', () => {
    const twins = [
      org('vast-1', { name: 'Vårdcentralen Väst' }),
      org('vast-2', { name: 'Vårdcentralen Väst' }),
    ];
    expect(found('Vårdcentralen Väst', twins)).toBeUndefined();
    expect(suggested('Vårdcentralen Väst', twins).sort()).toEqual(['vast-1', 'vast-2']);
    // Each still has its own id.
    expect(found('vast-2', twins)).toBe('vast-2');
  });

  it('prefers the organisation whose id it is over another whose name it is', () => {
    const clash = [org('fyrbodal'), org('annan', { name: 'fyrbodal' })];
    expect(found('fyrbodal', clash)).toBe('fyrbodal');
  });

  it('offers at most five suggestions', () => {
    const many = Array.from({ length: 8 }, (_, i) => org(`vc-${i}`, { name: `Vårdcentral ${i}` }));
    expect(suggested('Vårdcentral', many)).toHaveLength(5);
  });

  it('folds Swedish letters and separators the same way for ids and names', () => {
    expect(foldName('Når-hälsan ')).toBe('narhalsan');
    expect(foldName('Göteborgs\u00adområdet')).toBe(foldName('goteborgsomradet'));
  });
});

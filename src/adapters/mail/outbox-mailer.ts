import { mkdir } from 'node:fs/promises';
import type { Clock } from '../../app/ports/clock';
import type { MailNotice, Mailer } from '../../app/ports/messaging';
import { checkSender, noticeToMime, type Sender } from './notice-message';
import { outboxFileName, writeFileAtomically } from './outbox-file';

export interface OutboxMailerOptions {
  /** Created when missing. */
  dir: string;
  from: Sender;
  clock: Clock;
}

/**
 * The embedded default: every e-mail becomes one .eml file in the outbox folder, which any mail
 * client opens and an operator can forward. One file per notice key, replaced on resend.
 */
export class OutboxMailer implements Mailer {
  private readonly dir: string;
  private readonly from: Sender;
  private readonly clock: Clock;

  constructor(options: OutboxMailerOptions) {
    checkSender(options.from);
    this.dir = options.dir;
    this.from = options.from;
    this.clock = options.clock;
  }

  async send(notice: MailNotice): Promise<{ messageId: string }> {
    const { raw, messageId } = noticeToMime(notice, this.from, this.clock.now());
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomically(this.dir, outboxFileName(notice.key), raw);
    return { messageId };
  }
}

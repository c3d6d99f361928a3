/** Fills the letter's placeholders; the deadline is written as the ISO date the seed letters use. */
export function fillMessage(message: string, deadlineDate: string | undefined): string {
  return message.replace(/\{\{deadline\}\}/g, deadlineDate ?? '(datum bestäms vid utskick)');
}

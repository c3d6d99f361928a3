/**
 * Data for `channel-link.template.json`: a Teams channel asks to be an organisation's channel. Sent to
 * approvers with Godkänn / Avvisa; after a press, the same card shows what was decided.
 */
export interface ChannelLinkCardData {
  lang: string;
  heading: string;
  intro: string;
  /** Who asked, for which organisation, from which team and channel; values are plain text runs. */
  details: { label: string; value: string }[];
  /** Set when approving moves the organisation away from the channel it answers in today; empty otherwise. */
  warning: string;
  /** What has become of the link (or why this press changed nothing); empty while it waits. */
  outcome: { text: string; style: string };
  /** The buttons, only while the link waits; the token is the signed link id. */
  decide: { enabled: boolean; approveTitle: string; rejectTitle: string; token: string };
}

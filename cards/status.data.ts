/** Data for `status.template.json`: where a round stands, for its owners in a personal chat. */
export interface StatusCardData {
  lang: string;
  heading: string;
  title: string;
  facts: { title: string; value: string }[];
  organisations: StatusOrganisation[];
}

export interface StatusOrganisation {
  name: string;
  statusLabel: string;
  /** TextBlock colour for the label: good, warning or attention. */
  statusColor: string;
  /** "Kontaktperson: Anna Andersson" lines; empty when nobody is registered. */
  people: { text: string }[];
  /** Extra facts such as a late answer; empty when there is nothing to say. */
  note: string;
}

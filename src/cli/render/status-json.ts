import type { CampaignStatus } from '../../app/use-cases/campaign-status';

/** A stable shape for scripts: plain JSON types, ISO times, no internal ids beyond the public ones. */
export function statusJson(s: CampaignStatus): object {
  const r = s.record;
  return {
    campaign: {
      id: r.campaign.id,
      title: r.campaign.title,
      state: r.state,
      deadlineDate: r.deadlineDate ?? null,
      timeZone: r.campaign.timeZone,
      sentAt: r.sentAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
    },
    progress: s.progress,
    organisations: s.organisations.map((o) => ({
      id: o.organisation.id,
      name: o.organisation.name,
      status: o.status,
      shortfalls: o.shortfalls.map((x) => ({ role: x.roleId, missing: x.missing })),
      answer: o.answer
        ? {
            version: o.answer.version,
            submittedAt: o.answer.submittedAt.toISOString(),
            channel: o.answer.channel,
            late: o.answer.late,
            submittedBy: { kind: o.answer.submittedBy.kind, name: o.answer.submittedBy.name },
            nominees: o.answer.nominees.map((n) => ({
              role: n.roleId,
              name: n.name,
              email: n.email,
              phone: n.phone ?? null,
              title: n.title ?? null,
            })),
          }
        : null,
      deliveries: o.deliveries.map((d) => ({
        kind: d.kind,
        channel: d.channel,
        state: d.state,
        attempts: d.attempts,
        sentAt: d.sentAt?.toISOString() ?? null,
        lastError: d.lastError ?? null,
      })),
    })),
  };
}

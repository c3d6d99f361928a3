import type { Campaign } from '../../domain/campaign';

/** An identity established by the channel (validated Bot Framework token), never by card or form data. */
export interface VerifiedIdentity {
  aadObjectId?: string;
  /** E-mail or UPN as the directory reports it. */
  email?: string;
}

export function isOwner(campaign: Campaign, who: VerifiedIdentity): boolean {
  return campaign.owners.some(
    (o) =>
      (o.aadObjectId !== undefined && o.aadObjectId.toLowerCase() === who.aadObjectId?.toLowerCase()) ||
      (who.email !== undefined && o.email.toLowerCase() === who.email.toLowerCase()),
  );
}

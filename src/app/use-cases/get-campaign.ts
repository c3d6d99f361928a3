import type { CampaignRecord } from '../../domain/campaign';
import { AppError } from '../errors';
import type { Store } from '../ports/store';

export async function requireCampaign(store: Store, id: string): Promise<CampaignRecord> {
  const record = await store.getCampaign(id);
  if (!record) throw new AppError('campaign_not_found', `Kampanjen "${id}" finns inte.`);
  return record;
}

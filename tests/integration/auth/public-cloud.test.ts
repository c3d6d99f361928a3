import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import { PUBLIC_CLOUD } from '../../../src/adapters/teams/bot-adapter';

/**
 * When a sovereign-cloud setting is given, botbuilder takes every endpoint from the configuration, so
 * the adapter fills the rest from its copy of the public cloud's values. That copy must stay what
 * botbuilder itself uses (botframework-connector is botbuilder's own dependency, read here only).
 */
it("matches botbuilder's own public-cloud constants", () => {
  expect(PUBLIC_CLOUD).toEqual({
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  });
});

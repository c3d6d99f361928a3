// Azure Bot registration that runs as the web app's user-assigned managed identity. New multi-tenant
// registrations are no longer allowed; with UserAssignedMSI there is no app secret to create or rotate.

@description('Tags for every resource.')
param tags object

@description('Bot handle, globally unique: 2-64 letters, digits, _ . - (starting with a letter or digit).')
@minLength(2)
@maxLength(64)
param name string

@description('Display name of the bot.')
param displayName string

@description('Pricing tier, F0 (free) or S1 (paid). Messages on standard channels such as Teams are free on both.')
param sku string

@description('Messaging endpoint, https://<host>/api/messages.')
param endpoint string

@description('Client id of the user-assigned managed identity (the bot\'s app id).')
param identityClientId string

@description('Resource id of that identity.')
param identityResourceId string

@description('Entra tenant id of that identity.')
param tenantId string

@description('Also enable the Outlook channel (Action.Execute from cards in e-mail, see docs/microsoft-365.md).')
param enableOutlookChannel bool

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenantId
    schemaTransformationVersion: '1.3'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource outlookChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = if (enableOutlookChannel) {
  parent: bot
  name: 'OutlookChannel'
  location: 'global'
  properties: {
    channelName: 'OutlookChannel'
  }
}

output name string = bot.name
output endpoint string = bot.properties.endpoint

// contact-intake on Azure App Service: a user-assigned managed identity (the bot's app id and the Graph
// client), the Azure Bot with its Teams channel, a Linux web app on a supported Node LTS, Key Vault for
// SIGNING_SECRET, and Application Insights on a Log Analytics workspace. See infra/README.md.
targetScope = 'resourceGroup'

// ---- Names and placement ----

@description('Azure region for everything except the bot (which is global).')
param location string = resourceGroup().location

@description('Short name the resource names are built from.')
@minLength(3)
@maxLength(20)
param baseName string = 'contact-intake'

@description('Tags for every resource.')
param tags object = {
  application: 'contact-intake'
}

@description('Web app name, globally unique.')
@maxLength(60)
param webAppName string = 'app-${baseName}-${uniqueString(resourceGroup().id)}'

@description('Key Vault name, globally unique, 3-24 characters.')
@minLength(3)
@maxLength(24)
param keyVaultName string = 'kv-${uniqueString(resourceGroup().id, baseName)}'

@description('Azure Bot handle, globally unique.')
@maxLength(64)
param botName string = 'bot-${baseName}-${uniqueString(resourceGroup().id)}'

// ---- Hosting ----

@description('App Service plan SKU. Always On needs Basic or higher; the app runs as one instance.')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
  'P2v3'
])
param appServicePlanSku string = 'B1'

@description('Node LTS the web app runs on. Node 20 reached end of life in April 2026.')
@allowed([
  'NODE|22-lts'
  'NODE|24-lts'
])
param linuxFxVersion string = 'NODE|22-lts'

@description('Custom host name for PUBLIC_BASE_URL, without scheme (e.g. kontaktinsamling.vgregion.example). Bind it and its certificate yourself; empty uses the app\'s default host name.')
param customDomain string = ''

// ---- Microsoft 365 ----

@description('Graph id of the SharePoint site holding the lists: <host>,<site-collection-guid>,<web-guid> (docs/microsoft-365.md).')
@minLength(1)
param sharepointSiteId string

@description('UPN of the service mailbox requests are sent from (MAIL_SENDER).')
@minLength(3)
param mailSender string

@description('Microsoft Graph base URL; change only for a sovereign cloud.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('Organisation named in the User-Agent sent to Graph (NONISV|<organisation>|contact-intake/<version>).')
@maxLength(40)
param graphClientOrganisation string = 'VGR'

@description('Messages per minute from the service mailbox; Exchange Online allows about 30.')
@minValue(1)
@maxValue(600)
param mailPerMinute int = 30

@description('Seconds between the service\'s reminder ticks; 0 turns the in-service scheduler off (an external timer runs `contact-intake reminders run`). Otherwise at least 10.')
@minValue(0)
@maxValue(86400)
param reminderIntervalSeconds int = 300

@description('Concurrent Graph mail requests for the service mailbox; Outlook allows 4.')
@minValue(1)
@maxValue(4)
param mailConcurrency int = 4

@description('Provider (originator) id from the Actionable Email Developer Dashboard, or empty for no card in e-mails.')
param outlookOriginatorId string = ''

@description('Also enable the Azure Bot\'s Outlook channel (needed with outlookOriginatorId).')
param enableOutlookChannel bool = false

// ---- Bot ----

@description('Display name of the Azure Bot resource (Teams shows the app\'s name from the manifest).')
@maxLength(42)
param botDisplayName string = 'Kontaktinsamling'

@description('Azure Bot pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('TEAMS_ADMIN_AAD_OBJECT_IDS: Entra object ids (GUIDs, comma-separated) of the service\'s administrators, who may approve any Teams channel\'s request to become an organisation\'s channel. Empty: only the owners of a campaign approve.')
param teamsAdminObjectIds string = ''

// ---- Secrets, logs ----

@description('SIGNING_SECRET: at least 32 characters of random data, e.g. openssl rand -base64 48. Keep it: a new value invalidates every link and card already sent.')
@secure()
@minLength(32)
param signingSecret string

@description('Log level of the service.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Days the Log Analytics workspace keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

@description('Application Insights auto-instrumentation. Off by default: dependency telemetry records Graph request URLs, which can hold query values.')
param enableAppInsightsAgent bool = false

// ---- Resources ----

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${baseName}'
  location: location
  tags: tags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${baseName}'
    appInsightsName: 'appi-${baseName}'
    retentionDays: logRetentionDays
  }
}

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    tags: tags
    name: keyVaultName
    signingSecret: signingSecret
    readerPrincipalId: identity.properties.principalId
  }
}

module web 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    location: location
    tags: tags
    planName: 'asp-${baseName}'
    planSku: appServicePlanSku
    webAppName: webAppName
    linuxFxVersion: linuxFxVersion
    startupCommand: 'node dist/src/cli/main.js serve'
    identityId: identity.id
    identityClientId: identity.properties.clientId
    tenantId: identity.properties.tenantId
    customDomain: customDomain
    signingKeyUri: keyVault.outputs.signingKeyUri
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    enableAppInsightsAgent: enableAppInsightsAgent
    workspaceId: monitoring.outputs.workspaceId
    sharepointSiteId: sharepointSiteId
    mailSender: mailSender
    graphBaseUrl: graphBaseUrl
    graphClientOrganisation: graphClientOrganisation
    mailPerMinute: mailPerMinute
    reminderIntervalSeconds: reminderIntervalSeconds
    mailConcurrency: mailConcurrency
    outlookOriginatorId: outlookOriginatorId
    teamsAdminObjectIds: teamsAdminObjectIds
    logLevel: logLevel
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    tags: tags
    name: botName
    displayName: botDisplayName
    sku: botSku
    // The default host name always has a valid certificate, whether or not a custom domain is bound yet.
    endpoint: 'https://${web.outputs.defaultHostName}/api/messages'
    identityClientId: identity.properties.clientId
    identityResourceId: identity.id
    tenantId: identity.properties.tenantId
    enableOutlookChannel: enableOutlookChannel
  }
}

// ---- Outputs ----

@description('Name of the web app (az webapp deploy --name).')
output webAppName string = web.outputs.name

@description('Default host name of the web app.')
output webAppHostName string = web.outputs.defaultHostName

@description('PUBLIC_BASE_URL as set on the web app: links in e-mails and cards, and the manifest\'s validDomains.')
output publicBaseUrl string = web.outputs.publicBaseUrl

@description('The bot\'s messaging endpoint.')
output messagingEndpoint string = bot.outputs.endpoint

@description('Client id of the managed identity: MicrosoftAppId, the manifest\'s bot id, the Graph client for Sites.Selected and Exchange.')
output identityClientId string = identity.properties.clientId

@description('Principal (object) id of the managed identity: for Graph app role assignments and New-ServicePrincipal -ObjectId.')
output identityPrincipalId string = identity.properties.principalId

@description('Entra tenant id.')
output tenantId string = identity.properties.tenantId

@description('Name of the Key Vault holding signing-secret.')
output keyVaultName string = keyVault.outputs.name

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Name of the Application Insights component.')
output appInsightsName string = monitoring.outputs.appInsightsName

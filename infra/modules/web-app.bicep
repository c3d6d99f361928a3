// Linux App Service plan and web app running the service on a supported Node LTS, with every setting the
// service reads (src/config/env-schema.ts). tests/unit/infra checks this file against that schema.

@description('Azure region of the plan and the app.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the App Service plan.')
param planName string

@description('App Service plan SKU. Always On needs Basic (B1) or higher.')
param planSku string

@description('Name of the web app, globally unique: it becomes <name>.azurewebsites.net or a regional variant.')
param webAppName string

@description('Runtime stack, e.g. NODE|22-lts.')
param linuxFxVersion string

@description('Command App Service starts the service with.')
param startupCommand string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of that identity: the bot\'s app id and the Graph client id.')
param identityClientId string

@description('Entra tenant id of that identity.')
param tenantId string

@description('Custom host name (no scheme) for PUBLIC_BASE_URL, or empty for the app\'s default host name.')
param customDomain string

@description('Key Vault secret URI of SIGNING_SECRET (no version).')
param signingKeyUri string

@description('Application Insights connection string.')
param appInsightsConnectionString string

@description('Turn on Application Insights auto-instrumentation (requests and dependencies).')
param enableAppInsightsAgent bool

@description('Resource id of the Log Analytics workspace for the app\'s console, HTTP and platform logs.')
param workspaceId string

@description('Graph id of the SharePoint site that holds the lists.')
param sharepointSiteId string

@description('UPN of the service mailbox requests are sent from.')
param mailSender string

@description('Microsoft Graph base URL.')
param graphBaseUrl string

@description('Organisation named in the User-Agent sent to Graph.')
param graphClientOrganisation string

@description('Messages per minute sent from the service mailbox.')
param mailPerMinute int

@description('Seconds between reminder ticks; 0: no in-service scheduler.')
param reminderIntervalSeconds int

@description('Concurrent Graph mail requests for the service mailbox.')
param mailConcurrency int

@description('Actionable Email originator id, or empty.')
param outlookOriginatorId string

@description('Entra object ids of the administrators who may approve channel links, comma-separated, or empty.')
param teamsAdminObjectIds string

@description('Log level.')
param logLevel string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: 1
  }
  properties: {
    reserved: true
  }
}

resource webApp 'Microsoft.Web/sites@2025-03-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    // Key Vault references resolve with the user-assigned identity (the default would be a system-assigned one).
    keyVaultReferenceIdentity: identityId
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      linuxFxVersion: linuxFxVersion
      appCommandLine: startupCommand
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
    }
  }
}

// Deployment with Entra ID only (az webapp deploy does that); no FTP or basic-auth publishing credentials.
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// A separate resource so that PUBLIC_BASE_URL can use the host name App Service assigned: new apps may get
// a regional name (<name>-<hash>.<region>.azurewebsites.net) that cannot be predicted from the app's name.
var publicHost = empty(customDomain) ? webApp.properties.defaultHostName : customDomain

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    // The service's own settings (src/config/env-schema.ts), production values.
    PUBLIC_BASE_URL: 'https://${publicHost}'
    STORE: 'sharepoint'
    SHAREPOINT_SITE_ID: sharepointSiteId
    MAIL: 'graph'
    MAIL_SENDER: mailSender
    MAIL_PER_MINUTE: string(mailPerMinute)
    MAIL_CONCURRENCY: string(mailConcurrency)
    OUTLOOK_ORIGINATOR_ID: outlookOriginatorId
    GRAPH_BASE_URL: graphBaseUrl
    GRAPH_CLIENT_ORGANISATION: graphClientOrganisation
    AZURE_TENANT_ID: tenantId
    AZURE_CLIENT_ID: identityClientId
    MicrosoftAppType: 'UserAssignedMSI'
    MicrosoftAppId: identityClientId
    MicrosoftAppTenantId: tenantId
    SIGNING_SECRET: '@Microsoft.KeyVault(SecretUri=${signingKeyUri})'
    REMINDER_INTERVAL_SECONDS: string(reminderIntervalSeconds)
    TEAMS_ADMIN_AAD_OBJECT_IDS: teamsAdminObjectIds
    LOG_LEVEL: logLevel
    // App Service, Node and libraries themselves.
    NODE_ENV: 'production'
    // botbuilder's UserAssignedMSI sign-in builds a DefaultAzureCredential; this keeps its chain to the managed
    // identity alone, so a server never tries developer sign-ins (Azure CLI, VS Code) or environment secrets.
    AZURE_TOKEN_CREDENTIALS: 'ManagedIdentityCredential'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
    ApplicationInsightsAgent_EXTENSION_VERSION: enableAppInsightsAgent ? '~3' : 'disabled'
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
  }
}

// stdout (the service's JSON logs), HTTP access logs and platform events go to Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = webApp.name
output defaultHostName string = webApp.properties.defaultHostName
output publicBaseUrl string = 'https://${publicHost}'

// Key Vault for SIGNING_SECRET (the HMAC key of every signed link and card id). RBAC only, no access
// policies; the web app's identity may read secrets and nothing else.

@description('Azure region of the vault.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the vault: 3-24 letters, digits and hyphens, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Value of SIGNING_SECRET, at least 32 characters of random data.')
@secure()
@minLength(32)
param signingSecret string

@description('Principal (object) id of the identity that reads the secret at run time.')
param readerPrincipalId string

// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // Irreversible on purpose: a deleted signing key cannot be purged before the retention ends.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

// Key Vault secret names allow letters, digits and hyphens only, hence not SIGNING_SECRET.
resource secret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'signing-secret'
  properties: {
    value: signingSecret
    contentType: 'text/plain'
    attributes: {
      enabled: true
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// Without a version: App Service then follows the newest version of the secret (rotation). Module outputs
// exist only once the whole module, role assignment included, is deployed: the web app that takes this URI
// therefore never resolves its Key Vault reference before it may read the secret.
output signingKeyUri string = secret.properties.secretUri

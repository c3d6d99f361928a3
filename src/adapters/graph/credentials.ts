import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { GraphAuth } from '../../config/config';

/** The sign-in kinds that need Entra ID (everything but the loopback development token). */
export type EntraAuth = Exclude<GraphAuth, { kind: 'dev-token' }>;

export interface CredentialSettings {
  /** Entra ID authority for a national cloud; undefined keeps @azure/identity's default. */
  authorityHost?: string;
}

/**
 * Makes the credential for a sign-in kind. Injected so tests can check which kind is chosen without
 * constructing one: a ManagedIdentityCredential probes the instance metadata endpoint.
 */
export type CredentialFactory = (auth: EntraAuth, settings: CredentialSettings) => TokenCredential;

/**
 * The real credentials, one explicit class per configured kind. Never DefaultAzureCredential: it tries a
 * chain of sources (environment, workload identity, managed identity, developer tools) and which one
 * answered depends on the machine, which is not how a deployed service should pick its identity.
 */
export const azureCredentialFactory: CredentialFactory = (auth, settings) => {
  const options = settings.authorityHost ? { authorityHost: settings.authorityHost } : {};
  switch (auth.kind) {
    case 'client-secret':
      return new ClientSecretCredential(auth.tenantId, auth.clientId, auth.secret, options);
    case 'client-certificate':
      return new ClientCertificateCredential(auth.tenantId, auth.clientId, auth.certificatePath, options);
    case 'managed-identity':
      // A user-assigned identity is named by its client id; without one the system-assigned identity is used.
      return auth.clientId ? new ManagedIdentityCredential(auth.clientId) : new ManagedIdentityCredential();
  }
};

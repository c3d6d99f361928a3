/** The bearer token sent to a loopback Graph (the fake server in tests, a local stand-in) outside production. */
export const DEV_GRAPH_TOKEN = 'contact-intake-local-development-token';

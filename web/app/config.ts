/** Where this deployment's gateway and realm are: served by web's Quarkus application (WebRoutes), not built in. */
export interface RuntimeConfig {
  gatewayUrl: string;
  realmUrl: string;
  clientId: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}

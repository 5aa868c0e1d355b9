/** Hands bytes the app holds to the browser as a file to save. */
export function saveFile(blob: Blob, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * A document the web server writes for the caller (/api/reports/…): the session's token lives in keycloak-js'
 * memory only, so a plain link could not carry it; it goes as a bearer header and the answer comes back as bytes.
 * A refusal throws with its problem's detail.
 */
export async function fetchDocument(path: string, token: string): Promise<Blob> {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
    throw new Error(problem?.detail ?? `HTTP ${response.status}`);
  }
  return response.blob();
}

import { createRoot } from 'react-dom/client';
import { loadConfig } from './config';
import { startSession } from './auth';
import { createClient } from './apollo';
import { App } from './App';
import { prefetchLandingPage, preloadLandingData } from './routes';
import './i18n';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const landingPage = prefetchLandingPage(window.location);
  try {
    const config = await loadConfig();
    const session = await startSession(config);
    const client = createClient(config.gatewayUrl, session);
    preloadLandingData(window.location, client);
    // The first render shows the landing page itself, not its loading state (its chunk is seldom later than the session)
    await landingPage.catch(() => undefined);
    root.render(<App session={session} client={client} />);
  } catch (error) {
    // Before the app (and its translations) can run: one plain message in both languages
    root.render(
      <p role="alert" style={{ padding: 24 }}>
        DevZone 无法启动 / DevZone could not start: {String(error)}
      </p>,
    );
  }
}

void start();

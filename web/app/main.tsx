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
  prefetchLandingPage(window.location);
  try {
    const config = await loadConfig();
    const session = await startSession(config);
    const client = createClient(config.gatewayUrl, session);
    preloadLandingData(window.location, client);
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

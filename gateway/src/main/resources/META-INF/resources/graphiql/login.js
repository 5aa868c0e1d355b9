// GraphiQL behind a Keycloak login: authorization code with PKCE on the public client devzone-web,
// then every GraphiQL request carries the user's access token. config.json says where Keycloak is.
(async function () {
  const config = await (await fetch('config.json')).json();
  const oidc = config.realmUrl + '/protocol/openid-connect';
  const redirectUri = location.origin + location.pathname;
  const store = sessionStorage;

  const base64url = bytes => btoa(String.fromCharCode(...new Uint8Array(bytes)))
      .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const random = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

  async function login() {
    const verifier = random();
    const state = random();
    store.setItem('pkce_verifier', verifier);
    store.setItem('pkce_state', state);
    const challenge = base64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
    location.assign(oidc + '/auth?' + new URLSearchParams({
      client_id: config.clientId, response_type: 'code', scope: 'openid', redirect_uri: redirectUri,
      state, code_challenge: challenge, code_challenge_method: 'S256'
    }));
  }

  async function token(params) {
    const response = await fetch(oidc + '/token', {
      method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'},
      body: new URLSearchParams({client_id: config.clientId, ...params})
    });
    if (!response.ok) throw new Error('Keycloak refused the token request: ' + response.status);
    const tokens = await response.json();
    store.setItem('tokens', JSON.stringify({...tokens, expiresAt: Date.now() + tokens.expires_in * 1000}));
    return tokens;
  }

  async function accessToken() {
    const tokens = JSON.parse(store.getItem('tokens') || 'null');
    if (!tokens) return null;
    if (Date.now() < tokens.expiresAt - 10000) return tokens.access_token;
    return (await token({grant_type: 'refresh_token', refresh_token: tokens.refresh_token})).access_token;
  }

  const query = new URLSearchParams(location.search);
  if (query.has('code')) {
    if (query.get('state') !== store.getItem('pkce_state')) throw new Error('Login state mismatch; reload the page.');
    await token({grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri,
      code_verifier: store.getItem('pkce_verifier')});
    history.replaceState(null, '', redirectUri);
  }
  let current;
  try {
    current = await accessToken();
  } catch (e) {
    store.removeItem('tokens');
  }
  if (!current) return login();

  const claims = JSON.parse(atob(current.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  document.getElementById('who').textContent = claims.preferred_username + ' · roles: '
      + ((claims.realm_access || {}).roles || []).filter(r => ['investment', 'land', 'party-affairs', 'leader'].includes(r)).join(', ');
  const logout = document.getElementById('logout');
  logout.hidden = false;
  logout.onclick = () => {
    store.clear();
    location.assign(oidc + '/logout?' + new URLSearchParams({client_id: config.clientId, post_logout_redirect_uri: redirectUri}));
  };

  const fetcher = async params => {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Authorization': 'Bearer ' + await accessToken()},
      body: JSON.stringify(params)
    });
    return response.json();
  };
  ReactDOM.render(React.createElement(GraphiQL, {fetcher, defaultEditorToolbarOpen: true}),
      document.getElementById('graphiql'));
})();

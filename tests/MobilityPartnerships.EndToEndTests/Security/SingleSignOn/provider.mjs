// A real OpenID Connect provider for the single sign-on tests: the certified oidc-provider, over HTTPS on loopback
// with the certificate the test made. Its sign-in form is oidc-provider's development form (any password): the
// login names one of the accounts below.
//
// Environment: PROVIDER_PORT, PROVIDER_CERT and PROVIDER_KEY (PEM files), APP_URL (the app's address, no trailing
// slash), CLIENT_SECRET. Prints "listening <issuer>" when it takes requests.
import { readFileSync } from 'node:fs';
import https from 'node:https';
import Provider from 'oidc-provider';

const port = Number(process.env.PROVIDER_PORT);
const app = process.env.APP_URL;
const issuer = `https://127.0.0.1:${port}`;

// The people the provider knows: e-mail, name, the role values of its groups and their organisation; verified: false
// for an e-mail the provider has not checked (email_verified false).
const people = {
  sweden: { email: 'sweden@mobility-partnerships.example', name: 'Sweden (from single sign-on)', roles: ['mp-member-state'], organisation: 'SE' },
  newcomer: { email: 'newcomer@mobility-partnerships.example', name: 'Nina Newcomer', roles: ['staff', 'mp-partner-country'], organisation: 'MD' },
  moldova: { email: 'moldova@mobility-partnerships.example', name: 'Moldova (from single sign-on)', roles: ['visitor'], organisation: 'MD' },
  'ireland-unchecked': { email: 'ireland@mobility-partnerships.example', name: 'Not Ireland', roles: ['mp-member-state'], organisation: 'IE', verified: false },
  'stranger-unchecked': { email: 'stranger@mobility-partnerships.example', name: 'Sam Stranger', roles: ['mp-member-state'], organisation: 'SE', verified: false },
};

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'mobility-partnerships',
    client_secret: process.env.CLIENT_SECRET,
    redirect_uris: [`${app}/signin-oidc`],
    post_logout_redirect_uris: [`${app}/signout-callback-oidc`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name', 'roles', 'organisation'],
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['single-sign-on-tests'] },
  async findAccount(ctx, id) {
    const person = people[id];
    if (!person) {
      return undefined;
    }

    return {
      accountId: id,
      async claims() {
        return { sub: id, email: person.email, email_verified: person.verified !== false, name: person.name, roles: person.roles, organisation: person.organisation };
      },
    };
  },
});

https.createServer({ cert: readFileSync(process.env.PROVIDER_CERT), key: readFileSync(process.env.PROVIDER_KEY) }, provider.callback())
  .listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));

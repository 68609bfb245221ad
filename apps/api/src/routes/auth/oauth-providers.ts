import type { OAuthProviderConfig, OAuthProviderName } from '@statex/config';

export interface ProviderProfile {
  providerUserId: string;
  email: string;
  name: string | null;
}

export const OAUTH_SCOPES: Record<OAuthProviderName, string[]> = {
  google: ['openid', 'email', 'profile'],
  github: ['read:user', 'user:email'],
  facebook: ['email', 'public_profile'],
};

async function getJson(url: string, accessToken: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json', 'user-agent': 'statex' },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}

/**
 * Reads who signed in, from each provider's user endpoint, and insists on an email the provider
 * has verified: an account is the account of a verified email, whichever way one signs in.
 */
export async function fetchProfile(provider: OAuthProviderName, config: OAuthProviderConfig, accessToken: string): Promise<ProviderProfile> {
  switch (provider) {
    case 'google': {
      const info = (await getJson(config.userInfoUrl, accessToken)) as { sub?: string; email?: string; email_verified?: boolean; name?: string };
      if (!info.sub || !info.email || info.email_verified !== true) throw new Error('Google did not confirm a verified email');
      return { providerUserId: info.sub, email: info.email, name: info.name ?? null };
    }
    case 'github': {
      const user = (await getJson(config.userInfoUrl, accessToken)) as { id?: number; name?: string | null; login?: string };
      const emails = (await getJson(`${config.userInfoUrl}/emails`, accessToken)) as { email: string; primary: boolean; verified: boolean }[];
      const primary = Array.isArray(emails) ? emails.find((e) => e.primary && e.verified) : undefined;
      if (!user.id || !primary) throw new Error('GitHub has no verified primary email for this user');
      return { providerUserId: String(user.id), email: primary.email, name: user.name ?? user.login ?? null };
    }
    case 'facebook': {
      const url = new URL(config.userInfoUrl);
      url.searchParams.set('fields', 'id,name,email');
      const info = (await getJson(url.toString(), accessToken)) as { id?: string; name?: string; email?: string };
      // Facebook returns an email only once its owner has confirmed it.
      if (!info.id || !info.email) throw new Error('Facebook did not share a confirmed email');
      return { providerUserId: info.id, email: info.email, name: info.name ?? null };
    }
  }
}

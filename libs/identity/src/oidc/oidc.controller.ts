import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig, Policy } from '@welness/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sessionResponse } from '../auth/refresh-cookie';
import { OidcService } from './oidc.service';

const STATE_COOKIE = 'welness_oidc_state';

class OidcProvidersDto {
  @ApiProperty({ type: [String] }) providers: string[];
}

@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('providers')
  @Policy('public')
  @ApiOkResponse({ type: OidcProvidersDto })
  providers(): OidcProvidersDto {
    return { providers: this.oidc.providers() };
  }

  @Get(':provider/start')
  @Policy('public')
  @ApiFoundResponse({ description: 'redirect to the provider' })
  async start(@Param('provider') provider: string, @Res() reply: FastifyReply): Promise<void> {
    const { url, state } = await this.oidc.start(provider);
    void reply
      .setCookie(STATE_COOKIE, state, {
        httpOnly: true,
        secure: true,
        sameSite: 'lax',
        path: '/api/v1/auth/oidc',
        maxAge: 600,
      })
      .redirect(url, 302);
  }

  /**
   * The provider sends the browser here. On success the refresh token is set as the SPA's
   * httpOnly cookie and the browser goes to the app, which calls /auth/refresh for an access token.
   */
  @Get(':provider/callback')
  @Policy('public')
  @ApiFoundResponse({ description: 'signed in: redirect to the app with the refresh cookie set' })
  async callback(
    @Param('provider') provider: string,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const url = new URL(req.url, 'http://callback.invalid');
    const session = await this.oidc.callback(provider, url, req.cookies?.[STATE_COOKIE]);
    sessionResponse(session, reply, true);
    void reply
      .clearCookie(STATE_COOKIE, { path: '/api/v1/auth/oidc' })
      .redirect(`${this.config.PUBLIC_URL.replace(/\/$/, '')}/?signedIn=oidc`, 302);
  }
}

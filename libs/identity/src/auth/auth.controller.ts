import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Policy, ProblemException } from '@welness/platform';
import { AuthThrottlerGuard } from '../throttle/auth-throttler.guard';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LoginDto, LogoutDto, RefreshDto, RegisterDto, TokenResponseDto } from './auth.dto';
import { AuthService } from './auth.service';
import { AcceptedDto } from './password.dto';
import { clearRefreshCookie, refreshFromCookie, sessionResponse } from './refresh-cookie';

@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthThrottlerGuard)
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Policy('public')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AcceptedDto,
    description: 'same answer whether or not the address has an account (a mail tells its owner); then sign in',
  })
  async register(@Body() dto: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(dto);
    return { accepted: true };
  }

  @Post('login')
  @Policy('public')
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto })
  @ApiUnauthorizedResponse({
    description: 'wrong credentials, or `mfa-required` when a second factor is needed',
  })
  @ApiTooManyRequestsResponse({ description: 'locked out after repeated failures; see Retry-After' })
  async login(
    @Body() dto: LoginDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponseDto> {
    return sessionResponse(await this.auth.login(dto, req.ip), reply, dto.useCookie);
  }

  @Post('refresh')
  @Policy('public')
  @SkipThrottle({ 'auth-ip': true, 'auth-account': true })
  @HttpCode(200)
  @ApiOkResponse({ type: TokenResponseDto })
  async refresh(
    @Body() dto: RefreshDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TokenResponseDto> {
    const fromCookie = refreshFromCookie(req);
    const token = dto.refreshToken ?? fromCookie;
    if (!token)
      throw new ProblemException(401, 'invalid-refresh-token', 'Unauthorized', 'No refresh token presented.');
    return sessionResponse(
      await this.auth.refresh(token),
      reply,
      dto.useCookie ?? (!dto.refreshToken && !!fromCookie),
    );
  }

  @Post('logout')
  @Policy('public')
  @SkipThrottle({ 'auth-ip': true, 'auth-account': true })
  @HttpCode(204)
  @ApiNoContentResponse()
  async logout(
    @Body() dto: LogoutDto,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    const bearer = /^Bearer (\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    await this.auth.logout(dto.refreshToken ?? refreshFromCookie(req), bearer);
    clearRefreshCookie(reply);
  }
}

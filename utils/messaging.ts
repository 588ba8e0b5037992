import { defineExtensionMessaging } from '@webext-core/messaging';

/** Messages to the background service worker, which holds the clause index. */
export interface BackgroundProtocol {
  /** The serialised clause index, for content scripts (they do not bundle it). */
  getIndexJson(): string;
  ping(): { version: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<BackgroundProtocol>();

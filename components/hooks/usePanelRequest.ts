import { useEffect, useRef } from 'react';
import {
  PANEL_REQUEST_FRESH_MS,
  readPanelRequest,
  watchPanelRequest,
  type PanelRequest,
} from '@/storage/panel-request';

/**
 * Calls back with each request to show a person (or Today) made while this panel is open,
 * and with the one that opened it (made just before), each once.
 */
export function usePanelRequest(onRequest: (request: PanelRequest) => void): void {
  const callback = useRef(onRequest);
  useEffect(() => {
    callback.current = onRequest;
  });
  useEffect(() => {
    let last = Date.now() - PANEL_REQUEST_FRESH_MS;
    const answer = (request: PanelRequest | null) => {
      if (!request || request.at <= last) return;
      last = request.at;
      callback.current(request);
    };
    void readPanelRequest().then(answer);
    return watchPanelRequest(answer);
  }, []);
}

import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
// Every UI string in every language, as the extension's pages have them.
import '../../components/strings';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

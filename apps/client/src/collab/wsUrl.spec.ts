import { collabServerUrl } from './wsUrl';

describe('collabServerUrl', () => {
  it('drops the room (section id) from the absolute ws URL', () => {
    expect(collabServerUrl('ws://localhost:3000/collab/abc', 'http://localhost:5173/sections/abc')).toBe(
      'ws://localhost:3000/collab',
    );
    expect(collabServerUrl('wss://iep.example/collab/abc?x=1', 'https://iep.example/')).toBe(
      'wss://iep.example/collab',
    );
  });

  it('resolves a relative or http URL against the page', () => {
    expect(collabServerUrl('/collab/abc', 'https://iep.example/sections/abc')).toBe('wss://iep.example/collab');
    expect(collabServerUrl('http://localhost:5173/collab/abc', 'http://localhost:5173/')).toBe(
      'ws://localhost:5173/collab',
    );
  });
});

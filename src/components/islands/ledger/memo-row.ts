import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

/**
 * A long list's row that re-renders only when one of its props changes. Written here instead of
 * taken from preact/compat, whose React emulation (2 KB gzip, and global event renaming) would
 * otherwise come with every page that has an island.
 */
export function memoRow<P extends object>(render: FunctionComponent<P>): ComponentType<P> {
  return class MemoRow extends Component<P> {
    override shouldComponentUpdate(next: P) {
      const prev = this.props as Record<string, unknown>;
      const keys = new Set([...Object.keys(prev), ...Object.keys(next)]);
      for (const k of keys) if (prev[k] !== (next as Record<string, unknown>)[k]) return true;
      return false;
    }
    override render() {
      return h(render, this.props);
    }
  };
}

import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

type PostgresMod = Parameters<NodeFS['init']>[1];
type Attr = { mode?: number };
type NodeOps = {
  mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
  setattr(node: unknown, attr: Attr): void;
};
type StreamOps = { setattr(stream: unknown, attr: Attr): void };

/** Group and other bits off: what PostgreSQL itself would leave (0700 directories, 0600 files). */
const ownerOnly = (mode: number) => mode & ~0o077;
const ownerOnlyAttr = (attr: Attr): Attr =>
  attr.mode === undefined ? attr : { ...attr, mode: ownerOnly(attr.mode) };

/**
 * PGlite's data directory on disk, every file and directory created and chmod-ed owner-only. Its
 * Emscripten file system creates files 0777 and unpacks the initial database with the tarball's
 * 0666 (explicit chmods: a umask does not help), and the PostgreSQL compiled to WebAssembly has no
 * umask of its own; so the modes are masked where the file system's node operations apply them.
 */
export class OwnerOnlyNodeFS extends NodeFS {
  async init(pg: PGlite, opts: Partial<PostgresMod>) {
    const result = await super.init(pg, opts);
    const preRun = result.emscriptenOpts.preRun ?? [];
    // Before the mount that NodeFS's own preRun performs.
    preRun.unshift((mod: PostgresMod) => {
      const fs = mod.NODEFS as unknown as { node_ops: NodeOps; stream_ops: StreamOps };
      const { mknod, setattr } = fs.node_ops;
      const streamSetattr = fs.stream_ops.setattr;
      fs.node_ops.mknod = (parent, name, mode, dev) => mknod(parent, name, ownerOnly(mode), dev);
      fs.node_ops.setattr = (node, attr) => setattr(node, ownerOnlyAttr(attr));
      fs.stream_ops.setattr = (stream, attr) => streamSetattr(stream, ownerOnlyAttr(attr));
    });
    result.emscriptenOpts.preRun = preRun;
    return result;
  }
}

import type { MissingItem, NodeKind, TreeNode } from '../../api/types'

export type FrameworkTree = {
  byCode: Map<string, TreeNode>
  childrenOf: (code: string) => TreeNode[]
  ofKind: (kind: NodeKind) => TreeNode[]
  noteFor: (code: string) => string | null
}

/** Indexes the flat, document-ordered node list by parent and by kind (top-level nodes of a kind in document order). */
export function buildTree(nodes: TreeNode[], missing: MissingItem[] = []): FrameworkTree {
  const byCode = new Map(nodes.map((n) => [n.code, n]))
  const children = new Map<string, TreeNode[]>()
  const kinds = new Map<NodeKind, TreeNode[]>()
  for (const n of nodes) {
    if (n.parentCode && byCode.has(n.parentCode)) {
      const list = children.get(n.parentCode) ?? []
      list.push(n)
      children.set(n.parentCode, list)
    } else {
      const list = kinds.get(n.kind) ?? []
      list.push(n)
      kinds.set(n.kind, list)
    }
  }
  const notes = new Map(missing.filter((m) => m.type === 'node').map((m) => [m.code, m.note]))
  return {
    byCode,
    childrenOf: (code) => children.get(code) ?? [],
    ofKind: (kind) => kinds.get(kind) ?? [],
    noteFor: (code) => notes.get(code) ?? null,
  }
}

/** Codes of every node that has children (for "expand all"). */
export function expandableCodes(tree: FrameworkTree, roots: TreeNode[]): string[] {
  const out: string[] = []
  const walk = (n: TreeNode) => {
    const kids = tree.childrenOf(n.code)
    if (kids.length) out.push(n.code)
    kids.forEach(walk)
  }
  roots.forEach(walk)
  return out
}

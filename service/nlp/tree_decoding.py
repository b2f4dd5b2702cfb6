"""A faster, exact decoding of the dependency parser's trees and labels.

Stanza's parser scores every head for every word, then finds the best tree with exactly one root by
Chu-Liu-Edmonds, in pure Python, for every sentence. When each word's best-scoring head already forms
such a tree (about 95% of news sentences), that tree is the best one: no tree can score higher than
every word taking its best head. This module returns it at once and leaves the other sentences to
Stanza's algorithm.

Stanza also scores every label for every (word, head) pair, and keeps only the labels of the heads the tree
chose: for a sentence of n words, n² × labels scores of which n are read. This module scores the labels of
the chosen heads only, with the same weights in the same order of sums. The parses are the same, only faster.
"""
import contextlib

import numpy as np
import torch
import torch.nn.functional as F
import stanza.models.depparse.model as depparse_model
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root
from stanza.models.common.vocab import VOCAB_PREFIX_SIZE


def best_tree(scores: np.ndarray) -> np.ndarray:
    """The heads of the best single-root tree for a score matrix (scores[dependent, head], row 0 the root)."""
    heads = _best_heads(scores)
    if np.count_nonzero(heads[1:] == 0) == 1 and _is_tree(heads):
        return heads
    return chuliu_edmonds_one_root(scores)


def _best_heads(scores: np.ndarray) -> np.ndarray:
    """Each word's best-scoring head, no word heading itself; the root row points at itself."""
    candidates = scores.astype(np.float64, copy=True)
    np.fill_diagonal(candidates, -np.inf)
    candidates[0] = -np.inf
    candidates[0, 0] = 0
    return candidates.argmax(axis=1)


def _is_tree(heads: np.ndarray) -> bool:
    """Whether following heads from every word reaches the root, without a cycle."""
    state = [0] * len(heads)  # 0: not seen, 1: on the current path, 2: reaches the root
    state[0] = 2
    for word in range(1, len(heads)):
        path, current = [], word
        while state[current] == 0:
            state[current] = 1
            path.append(current)
            current = int(heads[current])
        if state[current] == 1:
            return False
        for seen in path:
            state[seen] = 2
    return True


_STOCK_PREDICT = depparse_model.GraphParser.predict


class _InputsOf(torch.nn.Module):
    """Stands in for the parser's label scorer: keeps its inputs and scores nothing."""

    def __init__(self):
        super().__init__()
        self.inputs = None

    def forward(self, left, right):
        self.inputs = (left, right)


def _label_scores(scorer, left, right) -> torch.Tensor:
    """What Stanza's pairwise label scorer gives for the pairs (left[p], right[p]) only: scores[p, label]."""
    left = scorer.hidden_func(scorer.W1(left))
    right = scorer.hidden_func(scorer.W2(right))
    left = torch.cat([left, left.new_ones(left.size(0), 1)], 1)
    right = torch.cat([right, right.new_ones(right.size(0), 1)], 1)
    bilinear = scorer.scorer.W_bilin
    projected = torch.einsum("pi,ijo->pjo", left, bilinear.weight)  # the sums of Stanza's einsum, in its order
    return torch.einsum("pjo,pj->po", projected, right) + bilinear.bias


def _predict_labelling_chosen_heads(model, *inputs, resolve_head_constraints=False):
    """GraphParser.predict, with the labels scored at the chosen heads only."""
    if resolve_head_constraints or model.args.get("use_arc_embedding"):
        return _STOCK_PREDICT(model, *inputs, resolve_head_constraints=resolve_head_constraints)
    scorer, recorder = model.deprel, _InputsOf()
    model.deprel = recorder
    try:
        unlabeled = model.forward_scores(*inputs)[0]
    finally:
        model.deprel = scorer
    sentence_lengths = inputs[12]
    scores = F.log_softmax(unlabeled, 2).detach().cpu().numpy()
    trees = [best_tree(scores[i][:length, :length]) for i, length in enumerate(sentence_lengths)]
    left, right = recorder.inputs
    sentence = torch.tensor([i for i, tree in enumerate(trees) for _ in tree[1:]], dtype=torch.long)
    dependent = torch.tensor([j for tree in trees for j in range(1, len(tree))], dtype=torch.long)
    head = torch.tensor([h for tree in trees for h in tree[1:]], dtype=torch.long)
    labels = _label_scores(scorer, left[sentence, dependent], right[sentence, head]).argmax(1).tolist()
    deprels = model.vocab["deprel"].unmap([label + VOCAB_PREFIX_SIZE for label in labels])
    tokens, position = [], 0
    for tree in trees:
        tokens.append([[tree[j], deprels[position + j - 1]] for j in range(1, len(tree))])
        position += len(tree) - 1
    return tokens


@contextlib.contextmanager
def fast_tree_decoding():
    """Within the block, Stanza's parser decodes its trees with `best_tree` and scores only the labels it keeps."""
    stock = depparse_model.chuliu_edmonds_one_root
    depparse_model.chuliu_edmonds_one_root = best_tree
    depparse_model.GraphParser.predict = _predict_labelling_chosen_heads
    try:
        yield
    finally:
        depparse_model.chuliu_edmonds_one_root = stock
        depparse_model.GraphParser.predict = _STOCK_PREDICT

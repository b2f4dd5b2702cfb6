"""The fast decoding gives exactly the trees of Stanza's Chu-Liu-Edmonds decoding, and its labels."""
import numpy as np
import pytest
import torch
from stanza.models.common.biaffine import DeepBiaffineScorer
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from service.nlp.tree_decoding import _best_heads, _is_tree, _label_scores, best_tree, fast_tree_decoding


@pytest.mark.parametrize("seed", range(200))
def test_best_tree_matches_chu_liu_edmonds_on_random_scores(seed):
    rng = np.random.default_rng(seed)
    size = int(rng.integers(2, 25))
    scores = -rng.exponential(3.0, size=(size, size)).astype(np.float32)  # log-probability-like, as the parser's
    scores[1:, 0] += rng.choice([-3.0, 0.0, 3.0])  # few, some or many words prefer the root
    assert best_tree(scores).tolist() == chuliu_edmonds_one_root(scores).tolist()


def test_two_roots_or_a_cycle_are_left_to_chu_liu_edmonds():
    # log-probability-like scores, as the parser gives: both words prefer the root, or 2 and 3 head each other
    two_roots = np.array([[0, -20, -20], [-1, -20, -2], [-1, -2, -20]], dtype=np.float32)
    assert np.count_nonzero(_best_heads(two_roots)[1:] == 0) == 2
    cycle = np.array([[0, -20, -20, -20], [-1, -20, -3, -20], [-20, -20, -20, -1], [-20, -20, -1, -20]],
                     dtype=np.float32)
    assert not _is_tree(_best_heads(cycle))
    for scores in (two_roots, cycle):
        tree = best_tree(scores)
        assert tree.tolist() == chuliu_edmonds_one_root(scores).tolist()
        assert np.count_nonzero(tree[1:] == 0) == 1 and _is_tree(tree)


@pytest.mark.parametrize("seed", range(5))
def test_label_scores_of_chosen_pairs_are_those_of_the_pairwise_scorer(seed):
    torch.manual_seed(seed)
    scorer = DeepBiaffineScorer(12, 12, 8, 5, pairwise=True).eval()
    torch.nn.init.normal_(scorer.scorer.W_bilin.weight)
    torch.nn.init.normal_(scorer.scorer.W_bilin.bias)
    outputs = torch.randn(3, 7, 12)  # three sentences of seven positions
    with torch.no_grad():
        every_pair = scorer(outputs, outputs)  # [sentence, dependent, head, label]
        sentence, dependent, head = torch.randint(0, 3, (20,)), torch.randint(0, 7, (20,)), torch.randint(0, 7, (20,))
        chosen = _label_scores(scorer, outputs[sentence, dependent], outputs[sentence, head])
    assert torch.allclose(chosen, every_pair[sentence, dependent, head], atol=1e-5)
    assert chosen.argmax(1).tolist() == every_pair[sentence, dependent, head].argmax(1).tolist()


def test_the_pipeline_parses_the_same_with_fast_decoding(analyzer):
    text = ("Le ministre, qui s'exprimait devant les députés, a assuré que la réforme serait votée avant l'été, "
            "malgré l'opposition des syndicats. « Nous tiendrons nos engagements », a-t-il ajouté.")
    stanza_pipeline = analyzer.pipeline._stanza
    stock = stanza_pipeline.process(text)
    with fast_tree_decoding():
        fast = stanza_pipeline.process(text)
    parse = [[(w.head, w.deprel) for w in s.words] for s in stock.sentences]
    assert parse == [[(w.head, w.deprel) for w in s.words] for s in fast.sentences]

package io.conversa.insights;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The evaluation's figures: sentiment accuracy, topic micro-F1 (true and false positives and negatives summed over
 * every conversation) and promise accuracy (the predicted promise date equals the label, both absent counting as
 * equal).
 */
final class Scoreboard {

    private int n;
    private int sentimentRight;
    private int promiseRight;
    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    /** Records one conversation; true when all three judgements match the labels. */
    boolean add(
            String sentiment,
            String expectedSentiment,
            Set<String> topics,
            Set<String> expectedTopics,
            Object promiseDate,
            Object expectedPromiseDate) {
        n++;
        boolean sentimentOk = sentiment.equals(expectedSentiment);
        boolean promiseOk = Objects.equals(promiseDate, expectedPromiseDate);
        Set<String> hit = new HashSet<>(topics);
        hit.retainAll(expectedTopics);
        truePositives += hit.size();
        falsePositives += topics.size() - hit.size();
        falseNegatives += expectedTopics.size() - hit.size();
        sentimentRight += sentimentOk ? 1 : 0;
        promiseRight += promiseOk ? 1 : 0;
        return sentimentOk && promiseOk && topics.equals(expectedTopics);
    }

    int n() {
        return n;
    }

    double sentimentAccuracy() {
        return n == 0 ? 0 : (double) sentimentRight / n;
    }

    double promiseAccuracy() {
        return n == 0 ? 0 : (double) promiseRight / n;
    }

    double topicMicroF1() {
        int denominator = 2 * truePositives + falsePositives + falseNegatives;
        return denominator == 0 ? 0 : 2.0 * truePositives / denominator;
    }
}

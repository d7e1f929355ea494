package com.phonesmith.factory.flashing;

/** One download flashed to a partition: piece number of count (1 of 1 for an image sent whole). */
public record PieceSent(String partition, int number, int count, long sizeBytes) {
}

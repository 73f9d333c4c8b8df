package io.signalbox;
public final class Main { public static void main(String[] a) {} }

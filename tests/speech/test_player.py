"""The sentence player against real SDL audio: the disk driver writes exactly what was played."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.speech.player import AudioFormatError, AudioUnavailable, Player, PlayerEvent
from tests.conftest import FIXTURES
from tests.listen_audio import (
    MIXER_RATE,
    longest_quiet_run,
    loud_frames,
    nonsilent_span,
    peak,
    read_pcm,
    write_tone,
)

pytestmark = pytest.mark.core

VOICE_MP3 = FIXTURES / "listen" / "voice-ko.mp3"


@pytest.fixture
def disk_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "played.raw"
    monkeypatch.setenv("SDL_AUDIODRIVER", "disk")
    monkeypatch.setenv("SDL_DISKAUDIOFILE", str(out))
    return out


@pytest.fixture
def player(disk_out: Path) -> Iterator[Player]:
    p = Player()
    p.open()
    yield p
    p.close()


def run_until_idle(p: Player, timeout: float = 10.0) -> list[PlayerEvent]:
    events: list[PlayerEvent] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        events += p.poll()
        if not p.busy:
            return events
        time.sleep(0.01)
    raise AssertionError("playback did not finish")


def test_queued_clips_play_back_to_back_without_a_gap(player: Player, disk_out: Path, tmp_path: Path) -> None:
    a = write_tone(tmp_path / "a.wav", 0.5, 440)
    b = write_tone(tmp_path / "b.wav", 0.3, 660, rate=24000)
    player.play(a, "a")
    player.enqueue(b, "b")
    events = run_until_idle(player)
    time.sleep(0.15)  # let the driver flush its last buffer
    player.close()

    assert [(e.kind, e.tag) for e in events] == [
        ("started", "a"),
        ("finished", "a"),
        ("started", "b"),
        ("finished", "b"),
    ]
    pcm = read_pcm(disk_out)
    assert nonsilent_span(pcm) == pytest.approx(0.8, abs=0.02)  # 0.5 s + 0.3 s, nothing lost, no gap
    loud = loud_frames(pcm)
    assert longest_quiet_run(pcm, loud[0], loud[-1]) < 0.005
    assert peak(pcm) > 10000


def test_mp3_voice_clip_is_played_in_full(player: Player, disk_out: Path) -> None:
    player.play(VOICE_MP3, 0)
    length = player.current_length()
    assert length == pytest.approx(1.25, abs=0.1)
    run_until_idle(player)
    time.sleep(0.15)
    player.close()
    pcm = read_pcm(disk_out)
    assert len(pcm) / MIXER_RATE >= length  # the driver wrote at least the whole clip
    span = nonsilent_span(pcm, threshold=300)
    assert 0.6 * length < span <= length + 0.02  # speech, with espeak's own lead-in/out trimmed
    assert peak(pcm) > 5000


def test_paragraph_silence_is_inserted_between_clips(player: Player, disk_out: Path, tmp_path: Path) -> None:
    a = write_tone(tmp_path / "a.wav", 0.3)
    b = write_tone(tmp_path / "b.wav", 0.3)
    player.play(a, "a")
    player.enqueue_silence(0.5, "gap")
    player.enqueue(b, "b")
    events = run_until_idle(player)
    time.sleep(0.15)
    player.close()
    assert [e.tag for e in events if e.kind == "started"] == ["a", "gap", "b"]
    assert [e.silence for e in events if e.kind == "started"] == [False, True, False]
    pcm = read_pcm(disk_out)
    loud = loud_frames(pcm)
    assert nonsilent_span(pcm) == pytest.approx(1.1, abs=0.15)
    # the next clip enters the channel's queue slot on a poll after the silence starts: allow for a
    # busy machine delaying that poll
    assert longest_quiet_run(pcm, loud[0], loud[-1]) == pytest.approx(0.5, abs=0.15)


def test_pause_holds_position_and_resume_plays_the_rest(
    player: Player, disk_out: Path, tmp_path: Path
) -> None:
    a = write_tone(tmp_path / "a.wav", 0.8)
    player.play(a, "a")
    assert [(e.kind, e.tag) for e in player.poll()] == [("started", "a")]
    time.sleep(0.3)
    player.pause()
    held = player.elapsed()
    time.sleep(0.6)
    assert player.elapsed() == held
    assert player.poll() == []  # paused is not finished
    assert player.busy
    player.resume()
    run_until_idle(player)
    time.sleep(0.15)
    player.close()
    pcm = read_pcm(disk_out)
    loud = loud_frames(pcm)
    # all 0.8 s of tone were played, split by a pause of about 0.6 s
    assert len(loud) / MIXER_RATE == pytest.approx(0.8, abs=0.03)
    assert 0.5 < longest_quiet_run(pcm, loud[0], loud[-1]) < 1.5  # the pause, however long the sleep took
    assert 0.2 < held < 0.8


def test_volume_scales_the_output(player: Player, disk_out: Path, tmp_path: Path) -> None:
    a = write_tone(tmp_path / "a.wav", 0.3, amp=0.8)
    player.set_volume(0.25)
    player.play(a, "a")
    run_until_idle(player)
    time.sleep(0.15)
    player.close()
    pcm = read_pcm(disk_out)
    assert peak(pcm) == pytest.approx(0.25 * 0.8 * 32767, rel=0.1)


def test_stop_drops_current_and_queued(player: Player, tmp_path: Path) -> None:
    a = write_tone(tmp_path / "a.wav", 1.0)
    player.play(a, "a")
    player.enqueue(a, "b")
    player.enqueue(a, "c")
    assert player.queued_count() == 2
    player.stop()
    assert not player.busy
    assert player.poll() == []


def test_no_audio_device_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")
    p = Player()
    with pytest.raises(AudioUnavailable, match="No audio device: read-aloud can still export MP3"):
        p.open()
    assert not p.is_open


def test_unplayable_clip_is_a_clear_error(player: Player, tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"this is not audio" * 10)
    with pytest.raises(AudioFormatError, match=r"junk\.mp3"):
        player.play(junk)
    with pytest.raises(AudioFormatError, match="only MP3 and WAV"):
        player.play(tmp_path / "clip.ogg")
    assert not player.busy


def test_closing_one_player_leaves_another_playing(tmp_path: Path) -> None:
    import pygame

    a = write_tone(tmp_path / "a.wav", 0.3)
    first, second = Player(), Player()
    first.open()
    second.open()
    assert first._channel is not second._channel  # each its own reserved channel
    first.close()
    assert pygame.mixer.get_init() is not None
    second.play(a, "a")
    events = run_until_idle(second)
    assert [(e.kind, e.tag) for e in events] == [("started", "a"), ("finished", "a")]
    second.close()
    assert pygame.mixer.get_init() is None

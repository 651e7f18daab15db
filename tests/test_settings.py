"""Settings: DATABASE_URL, and production's refusals and deploy checks, in fresh processes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LONG_KEY = "k" * 20 + "-Zq8#v2!pL0@rT5^wX9&yB3*nM7(cD1)eF4"


def run(code_or_args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "REDIS_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    environment.update(env)
    args = code_or_args if isinstance(code_or_args, list) else ["-c", code_or_args]
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_value(expr, module="config.settings.production", **env):
    code = (
        f"import os; os.environ['DJANGO_SETTINGS_MODULE']='{module}';"
        f"from django.conf import settings; print({expr})"
    )
    return run(code, **env)


def test_database_url_chooses_the_database():
    sqlite = settings_value("settings.DATABASES['default']['ENGINE']", "config.settings.dev")
    assert sqlite.stdout.strip() == "django.db.backends.sqlite3"
    pg = settings_value(
        "settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME']",
        "config.settings.dev",
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/test",
    )
    assert pg.stdout.strip() == "django.db.backends.postgresql test"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {"SECRET_KEY": LONG_KEY, "ALLOWED_HOSTS": "memory.example.org"}
    del env[missing]
    result = settings_value("settings.DEBUG", **env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_production_uses_redis_when_redis_url_is_set():
    env = {"SECRET_KEY": LONG_KEY, "ALLOWED_HOSTS": "memory.example.org"}
    without = settings_value("settings.CACHES['default']['BACKEND']", **env)
    assert without.stdout.strip().endswith("LocMemCache")
    with_redis = settings_value(
        "settings.CACHES['default']['BACKEND']", REDIS_URL="redis://127.0.0.1:6379/1", **env
    )
    assert with_redis.stdout.strip() == "django_redis.cache.RedisCache"


def test_check_deploy_is_clean():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=LONG_KEY,
        ALLOWED_HOSTS="memory.example.org",
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_production_debug_is_off_and_cookies_secure():
    env = {"SECRET_KEY": LONG_KEY, "ALLOWED_HOSTS": "a.example,b.example"}
    result = settings_value(
        "settings.DEBUG, settings.SESSION_COOKIE_SECURE, settings.ALLOWED_HOSTS", **env
    )
    assert result.stdout.strip() == "False True ['a.example', 'b.example']"


def test_no_model_change_lacks_a_migration():
    result = run(
        ["manage.py", "makemigrations", "--check", "--dry-run"],
        DJANGO_SETTINGS_MODULE="config.settings.test",
    )
    assert result.returncode == 0, result.stdout + result.stderr

#!/usr/bin/env python3
"""Writes a MyBatis-Plus persistence record (fields, getters, setters) from a one-line spec.

MyBatis-Plus lambda queries need JavaBean getters, so records are plain classes; this keeps them uniform.
Usage: gen-record.py OUT_DIR ClassName table_name "Type field, Type field, ..." [id] [version] [doc]
"""
import re, sys

out_dir, cls, table, spec = sys.argv[1:5]
flags = sys.argv[5:]
doc = next((f for f in flags if f.startswith('doc=')), 'doc=Row of ' + table)[4:]
fields = [tuple(p.strip().split()) for p in spec.split(',') if p.strip()]
imports = {'com.baomidou.mybatisplus.annotation.TableName'}
if any(t == 'LocalDateTime' for t, _ in fields): imports.add('java.time.LocalDateTime')
if any(t == 'LocalDate' for t, _ in fields): imports.add('java.time.LocalDate')
if 'id' in flags: imports |= {'com.baomidou.mybatisplus.annotation.IdType', 'com.baomidou.mybatisplus.annotation.TableId'}
if 'version' in flags: imports.add('com.baomidou.mybatisplus.annotation.Version')
if 'pk' in [f.split('=')[0] for f in flags]:
    imports |= {'com.baomidou.mybatisplus.annotation.IdType', 'com.baomidou.mybatisplus.annotation.TableId'}
pk = next((f[3:] for f in flags if f.startswith('pk=')), None)
lines = ['package cn.xuanhua.bot.admin.persistence;', '']
lines += [f'import {i};' for i in sorted(imports)] + ['']
lines += [f'/** {doc}. Persistence only: the domain type is mapped explicitly by its adapter. */',
          f'@TableName("{table}")', f'public class {cls} {{']
for t, n in fields:
    if n == 'id' and 'id' in flags:
        lines.append('    @TableId(type = IdType.AUTO)')
    if pk and n == pk:
        lines.append('    @TableId(type = IdType.INPUT)')
    if n == 'version' and 'version' in flags:
        lines.append('    @Version')
    lines.append(f'    private {t} {n};')
for t, n in fields:
    cap = n[0].upper() + n[1:]
    getter = ('is' if t == 'boolean' else 'get') + cap
    lines += ['', f'    public {t} {getter}() {{', f'        return {n};', '    }', '',
              f'    public void set{cap}({t} {n}) {{', f'        this.{n} = {n};', '    }']
lines.append('}')
open(f'{out_dir}/{cls}.java', 'w').write('\n'.join(lines) + '\n')

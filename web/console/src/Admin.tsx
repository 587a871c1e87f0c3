import { useCallback, useEffect, useState } from 'react';
import type { Api } from './api';

interface User { id: string; email: string; role: string; active: boolean }

export function Admin({ api }: { api: Api }) {
  const [users, setUsers] = useState<User[]>([]);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState('sales');
  const [erase, setErase] = useState('');
  const [result, setResult] = useState('');
  const load = useCallback(async () => {
    try {
      setUsers((await api.json<{ items: User[] }>('GET', '/auth/users?limit=200')).items);
    } catch (e) {
      setResult((e as Error).message);
    }
  }, [api]);
  useEffect(() => void load(), [load]);
  async function create(event: React.FormEvent) {
    event.preventDefault();
    try {
      await api.json('POST', '/auth/users', { email, password, role });
      setEmail('');
      setPassword('');
      setResult('User created.');
      await load();
    } catch (e) {
      setResult((e as Error).message);
    }
  }
  async function eraseSubject(event: React.FormEvent) {
    event.preventDefault();
    if (!window.confirm(`Erase everything held about ${erase}? This cannot be undone.`)) return;
    try {
      const body = await api.json<{ erased: Record<string, number> }>('POST', '/leads/erasure', { email: erase });
      setResult(`Erased: ${Object.entries(body.erased).map(([k, v]) => `${v} ${k}`).join(', ')}`);
      setErase('');
    } catch (e) {
      setResult((e as Error).message);
    }
  }
  return (
    <section aria-labelledby="admin-title">
      <h2 id="admin-title">Users</h2>
      <table className="grid small">
        <thead><tr><th>Email</th><th>Role</th><th>Active</th></tr></thead>
        <tbody>{users.map((u) => <tr key={u.id}><td>{u.email}</td><td>{u.role}</td><td>{u.active ? 'yes' : 'no'}</td></tr>)}</tbody>
      </table>
      <form onSubmit={create} className="filters" aria-label="New user">
        <input type="email" aria-label="New user email" placeholder="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <input type="password" aria-label="New user password" placeholder="password (12+ characters)" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <select aria-label="New user role" value={role} onChange={(e) => setRole(e.target.value)}><option>sales</option><option>admin</option></select>
        <button type="submit">Create user</button>
      </form>
      <h2>GDPR erasure</h2>
      <form onSubmit={eraseSubject} className="filters" aria-label="Erasure">
        <input type="email" aria-label="Email to erase" value={erase} onChange={(e) => setErase(e.target.value)} required />
        <button type="submit">Erase person</button>
      </form>
      {result && <p role="status">{result}</p>}
    </section>
  );
}

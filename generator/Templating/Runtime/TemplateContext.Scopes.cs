using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>Variable lookup. Globals resolve through loop scopes, <c>with</c> targets, <see cref="Globals"/>,
/// the model, host globals, then builtins; <c>$locals</c> through the current call's loop scopes and frame.</summary>
public sealed partial class TemplateContext
{
    private readonly List<Frame> _frames = new();
    private readonly List<LoopScope> _loops = new();
    private readonly List<ScopeStore> _freeLoopStores = new();
    private readonly List<ScriptObject> _withTargets = new();

    private object? _returnValue;

    internal Frame CurrentFrame => _frames[^1];

    /// <summary>The block of a <c>wrap</c> statement, handed to the next template function called.</summary>
    internal IScriptFunction? PendingWrapBody { get; set; }

    /// <summary><c>this</c>: the innermost <c>with</c> target, else the globals.</summary>
    internal ScriptObject ThisObject => _withTargets.Count > 0 ? _withTargets[^1] : Globals;

    internal void SetReturnValue(object? value) => _returnValue = value;

    internal object? TakeReturnValue()
    {
        var value = _returnValue;
        _returnValue = null;
        return value;
    }

    internal int FrameCount => _frames.Count;

    internal void PushFrame(Frame frame) => _frames.Add(frame);

    internal void PopFrame() => _frames.RemoveAt(_frames.Count - 1);

    internal ScopeStore PushLoop()
    {
        ScopeStore store;
        if (_freeLoopStores.Count > 0)
        {
            store = _freeLoopStores[^1];
            _freeLoopStores.RemoveAt(_freeLoopStores.Count - 1);
        }
        else
        {
            store = new ScopeStore();
        }

        _loops.Add(new LoopScope(store, _frames.Count - 1));
        return store;
    }

    /// <summary>Leaves a loop; its store is reused (nothing outside the scope list ever holds one).</summary>
    internal void PopLoop()
    {
        var store = _loops[^1].Store;
        _loops.RemoveAt(_loops.Count - 1);
        store.Clear();
        _freeLoopStores.Add(store);
    }

    internal void PushWith(ScriptObject target) => _withTargets.Add(target);

    internal void PopWith() => _withTargets.RemoveAt(_withTargets.Count - 1);

    /// <summary>Looks a global name up; false if no scope defines it.</summary>
    internal bool TryGetGlobal(string name, out object? value)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].Store.TryGetValue(name, out value))
            {
                return true;
            }
        }

        for (var i = _withTargets.Count - 1; i >= 0; i--)
        {
            if (_withTargets[i].TryGetValue(name, out value))
            {
                return true;
            }
        }

        if (_globals is not null && _globals.TryGetValue(name, out value))
        {
            return true;
        }

        if (Model is not null && ObjectMembers.TryGet(Model, name, out value))
        {
            return true;
        }

        return Options.HostAndBuiltinGlobals.TryGetValue(name, out value);
    }

    /// <summary>Assigns a global name: an existing loop variable, else the innermost <c>with</c> target, else <see cref="Globals"/>.</summary>
    internal void SetGlobal(string name, object? value, SourceSpan span)
    {
        for (var i = _loops.Count - 1; i >= 0; i--)
        {
            if (_loops[i].Store.ContainsKey(name))
            {
                _loops[i].Store.SetValue(name, value);
                return;
            }
        }

        var target = _withTargets.Count > 0 ? _withTargets[^1] : Globals;
        if (!target.CanWrite(name))
        {
            throw Error(span, $"Cannot set the readonly variable `{name}`");
        }

        target.SetValue(name, value);
    }

    /// <summary>Looks a <c>$local</c> up in the current call.</summary>
    internal bool TryGetLocal(string name, out object? value)
    {
        var frameIndex = _frames.Count - 1;
        for (var i = _loops.Count - 1; i >= 0 && _loops[i].FrameIndex == frameIndex; i--)
        {
            if (_loops[i].Store.TryGetValue(name, out value))
            {
                return true;
            }
        }

        return _frames[frameIndex].TryGetLocal(name, out value);
    }

    /// <summary>Assigns a <c>$local</c> in the current call.</summary>
    internal void SetLocal(string name, object? value)
    {
        var frameIndex = _frames.Count - 1;
        for (var i = _loops.Count - 1; i >= 0 && _loops[i].FrameIndex == frameIndex; i--)
        {
            if (_loops[i].Store.ContainsKey(name))
            {
                _loops[i].Store.SetValue(name, value);
                return;
            }
        }

        _frames[frameIndex].Locals.SetValue(name, value);
    }
}

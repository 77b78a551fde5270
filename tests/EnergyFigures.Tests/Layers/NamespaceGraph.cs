using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace EnergyFigures.Tests.Layers;

/// <summary>
/// Which namespace of an assembly uses which: read from the compiled metadata and IL (base types, interfaces,
/// member signatures, generic constraints, attributes and their <c>typeof</c> arguments, local variables and
/// every type, method and field token in every method body). Compiler-generated nested types (closures, state
/// machines) count for the namespace of the type they sit in. Types of other assemblies are recorded by
/// assembly name, so a rule can also say which packages a namespace may use.
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), string> _edges = [];
    private readonly Dictionary<(string From, string Assembly), string> _external = [];

    /// <summary>Every namespace-to-namespace reference inside the assembly, with one example each.</summary>
    public IReadOnlyDictionary<(string From, string To), string> Edges => _edges;

    /// <summary>Every namespace-to-other-assembly reference, with one example each.</summary>
    public IReadOnlyDictionary<(string From, string Assembly), string> External => _external;

    /// <summary>The namespaces that define at least one type.</summary>
    public ISet<string> Namespaces { get; } = new SortedSet<string>(StringComparer.Ordinal);

    public static NamespaceGraph Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var graph = new NamespaceGraph();
        new Scanner(pe, graph).Run();
        return graph;
    }

    public static NamespaceGraph Read(ImmutableArray<byte> image)
    {
        using var pe = new PEReader(image);
        var graph = new NamespaceGraph();
        new Scanner(pe, graph).Run();
        return graph;
    }

    private void Add(string from, string to, string example)
    {
        if (from.Length == 0 || to.Length == 0 || from == to) return;
        _edges.TryAdd((from, to), example);
    }

    private void AddExternal(string from, string assembly, string example)
    {
        if (from.Length == 0) return;
        _external.TryAdd((from, assembly), example);
    }

    private sealed class Scanner(PEReader pe, NamespaceGraph graph) : ISignatureTypeProvider<string, object?>, ICustomAttributeTypeProvider<string>
    {
        private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!)
            .ToDictionary(o => o.Value, o => o.OperandType);

        private readonly MetadataReader _md = pe.GetMetadataReader();
        private string _from = "";
        private string _where = "";

        public void Run()
        {
            foreach (var handle in _md.TypeDefinitions)
            {
                var type = _md.GetTypeDefinition(handle);
                var ns = NamespaceOf(handle);
                if (ns.Length == 0) continue; // <Module>, <PrivateImplementationDetails>
                graph.Namespaces.Add(ns);
                _from = ns;
                _where = FullName(handle);
                if (!type.BaseType.IsNil) Visit(type.BaseType);
                foreach (var i in type.GetInterfaceImplementations()) Visit(_md.GetInterfaceImplementation(i).Interface);
                foreach (var g in type.GetGenericParameters()) VisitGenericParameter(g);
                Attributes(type.GetCustomAttributes());
                foreach (var f in type.GetFields())
                {
                    var field = _md.GetFieldDefinition(f);
                    _where = FullName(handle) + "." + _md.GetString(field.Name);
                    field.DecodeSignature(this, null);
                    Attributes(field.GetCustomAttributes());
                }
                foreach (var p in type.GetProperties())
                {
                    var property = _md.GetPropertyDefinition(p);
                    _where = FullName(handle) + "." + _md.GetString(property.Name);
                    property.DecodeSignature(this, null);
                    Attributes(property.GetCustomAttributes());
                }
                foreach (var e in type.GetEvents())
                {
                    var ev = _md.GetEventDefinition(e);
                    _where = FullName(handle) + "." + _md.GetString(ev.Name);
                    Visit(ev.Type);
                    Attributes(ev.GetCustomAttributes());
                }
                foreach (var m in type.GetMethods())
                {
                    var method = _md.GetMethodDefinition(m);
                    _where = FullName(handle) + "." + _md.GetString(method.Name) + "()";
                    method.DecodeSignature(this, null);
                    Attributes(method.GetCustomAttributes());
                    foreach (var p in method.GetParameters()) Attributes(_md.GetParameter(p).GetCustomAttributes());
                    foreach (var g in method.GetGenericParameters()) VisitGenericParameter(g);
                    if (method.RelativeVirtualAddress != 0) Body(pe.GetMethodBody(method.RelativeVirtualAddress));
                }
            }
        }

        private void VisitGenericParameter(GenericParameterHandle handle)
        {
            var parameter = _md.GetGenericParameter(handle);
            foreach (var c in parameter.GetConstraints()) Visit(_md.GetGenericParameterConstraint(c).Type);
            Attributes(parameter.GetCustomAttributes());
        }

        private void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                var attribute = _md.GetCustomAttribute(a);
                Visit(attribute.Constructor);
                CustomAttributeValue<string> value;
                try { value = attribute.DecodeValue(this); }
                catch (BadImageFormatException) { continue; }
                catch (InvalidOperationException) { continue; }
                foreach (var argument in value.FixedArguments) AttributeArgument(argument.Type, argument.Value);
                foreach (var argument in value.NamedArguments) AttributeArgument(argument.Type, argument.Value);
            }
        }

        private void AttributeArgument(string type, object? value)
        {
            // typeof(X) arguments are stored as serialised type names.
            if (type == "System.Type" && value is string name) Named(name);
        }

        private void Body(MethodBodyBlock body)
        {
            if (!body.LocalSignature.IsNil)
            {
                var signature = _md.GetStandaloneSignature(body.LocalSignature);
                if (signature.GetKind() == StandaloneSignatureKind.LocalVariables) signature.DecodeLocalSignature(this, null);
            }
            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE) code = unchecked((short)(0xFE00 | il.ReadByte()));
                switch (Operands[code])
                {
                    case OperandType.InlineNone: break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar: il.Offset += 1; break;
                    case OperandType.InlineVar: il.Offset += 2; break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR: il.Offset += 8; break;
                    case OperandType.InlineSwitch:
                        var targets = il.ReadInt32(); // read first: `Offset += 4 * ReadInt32()` would read Offset before the count
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                        var token = il.ReadInt32();
                        Visit(MetadataTokens.EntityHandle(token));
                        break;
                    default: il.Offset += 4; break; // InlineI, InlineBrTarget, InlineString, InlineSig, ShortInlineR
                }
            }
        }

        private void Visit(EntityHandle handle)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    GetTypeFromDefinition(_md, (TypeDefinitionHandle)handle, 0);
                    break;
                case HandleKind.TypeReference:
                    GetTypeFromReference(_md, (TypeReferenceHandle)handle, 0);
                    break;
                case HandleKind.TypeSpecification:
                    _md.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    break;
                case HandleKind.MethodDefinition:
                    var method = _md.GetMethodDefinition((MethodDefinitionHandle)handle);
                    GetTypeFromDefinition(_md, method.GetDeclaringType(), 0);
                    break;
                case HandleKind.FieldDefinition:
                    var field = _md.GetFieldDefinition((FieldDefinitionHandle)handle);
                    GetTypeFromDefinition(_md, field.GetDeclaringType(), 0);
                    break;
                case HandleKind.MemberReference:
                    var member = _md.GetMemberReference((MemberReferenceHandle)handle);
                    Visit(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method) member.DecodeMethodSignature(this, null);
                    else member.DecodeFieldSignature(this, null);
                    break;
                case HandleKind.MethodSpecification:
                    var spec = _md.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Visit(spec.Method);
                    spec.DecodeSignature(this, null);
                    break;
            }
        }

        private string NamespaceOf(TypeDefinitionHandle handle)
        {
            var type = _md.GetTypeDefinition(handle);
            while (!type.GetDeclaringType().IsNil) type = _md.GetTypeDefinition(type.GetDeclaringType());
            return _md.GetString(type.Namespace);
        }

        private string FullName(TypeDefinitionHandle handle)
        {
            var type = _md.GetTypeDefinition(handle);
            var name = _md.GetString(type.Name);
            return type.GetDeclaringType().IsNil
                ? _md.GetString(type.Namespace) + "." + name
                : FullName(type.GetDeclaringType()) + "+" + name;
        }

        private void Named(string serialisedName)
        {
            // "Namespace.Type+Nested, Assembly, Version=..." or "Namespace.Type" (this assembly).
            var comma = serialisedName.IndexOf(',', StringComparison.Ordinal);
            var typeName = comma < 0 ? serialisedName : serialisedName[..comma];
            var assembly = comma < 0 ? null : serialisedName[(comma + 1)..].Split(',')[0].Trim();
            var plus = typeName.IndexOf('+', StringComparison.Ordinal);
            if (plus >= 0) typeName = typeName[..plus];
            var dot = typeName.LastIndexOf('.');
            var ns = dot < 0 ? "" : typeName[..dot];
            if (assembly is null || assembly == _md.GetString(_md.GetAssemblyDefinition().Name)) graph.Add(_from, ns, _where + " [typeof " + typeName + "]");
            else
            {
                graph.AddExternal(_from, assembly, _where + " [typeof " + typeName + "]");
                if (IsOurAssembly(assembly)) graph.Add(_from, ns, _where + " [typeof " + typeName + "]");
            }
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var name = FullName(handle);
            graph.Add(_from, NamespaceOf(handle), _where + " uses " + name);
            return name;
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var reference = reader.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                reference = reader.GetTypeReference((TypeReferenceHandle)scope);
                scope = reference.ResolutionScope;
            }
            var name = reader.GetString(reference.Namespace) + "." + reader.GetString(reference.Name);
            if (scope.Kind == HandleKind.AssemblyReference)
            {
                var assembly = reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name);
                graph.AddExternal(_from, assembly, _where + " uses " + name);
                if (IsOurAssembly(assembly)) graph.Add(_from, reader.GetString(reference.Namespace), _where + " uses " + name + " (" + assembly + ")");
            }
            return name;
        }

        /// <summary>Our own assemblies: a reference into one of them is a namespace edge too (the layers span the packages).</summary>
        private static bool IsOurAssembly(string name) => name.StartsWith("EnergyFigures", StringComparison.Ordinal) || name == "energy-figures";

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType;
        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetSystemType() => "System.Type";
        public bool IsSystemType(string type) => type == "System.Type";
        public string GetTypeFromSerializedName(string name) => name;
        public PrimitiveTypeCode GetUnderlyingEnumType(string type) => PrimitiveTypeCode.Int32;
    }
}

import ZStackSDK

/// The server side of ``KvmRunShell``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous.
nonisolated enum KvmRunShellServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: KvmRunShell.operation, bodyWrapper: "kvmRunShell") { call in
            let body = try call.decodeBody(Body.self)
            let request = KvmRunShell.Request(
                hostUuids: try call.required(body.wrapped?.hostUuids, .bodyField("kvmRunShell.hostUuids")),
                script: try call.required(body.wrapped?.script, .bodyField("kvmRunShell.script")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.kvmRunShell(request) }
        }
    }

    /// The JSON body of a request: `{"kvmRunShell": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "kvmRunShell")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let hostUuids: [String]?
            let script: String?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.hostUuids = try object.optionalValue([String].self, forKey: "hostUuids")
                self.script = try object.optionalValue(String.self, forKey: "script")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}

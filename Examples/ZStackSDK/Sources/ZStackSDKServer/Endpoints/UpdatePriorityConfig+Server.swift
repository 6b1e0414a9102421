import ZStackSDK

/// The server side of ``UpdatePriorityConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous.
nonisolated enum UpdatePriorityConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdatePriorityConfig.operation, bodyWrapper: "updatePriorityConfig") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdatePriorityConfig.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                cpuShares: body.wrapped?.cpuShares,
                oomScoreAdj: body.wrapped?.oomScoreAdj,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updatePriorityConfig(request) }
        }
    }

    /// The JSON body of a request: `{"updatePriorityConfig": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updatePriorityConfig")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let cpuShares: Int?
            let oomScoreAdj: Int?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.cpuShares = try object.optionalValue(Int.self, forKey: "cpuShares")
                self.oomScoreAdj = try object.optionalValue(Int.self, forKey: "oomScoreAdj")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}

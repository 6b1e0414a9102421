import ZStackSDK

/// The server side of ``UpdatePriorityConfig``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous.
nonisolated enum UpdatePriorityConfigServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdatePriorityConfig.operation, bodyWrapper: "updatePriorityConfig") { call in
            let request = try call.decodeBody(wrapper: "updatePriorityConfig") { body in
                let cpuShares = try body.wrappedField(Int.self, "cpuShares")
                let oomScoreAdj = try body.wrappedField(Int.self, "oomScoreAdj")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdatePriorityConfig.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    cpuShares: cpuShares,
                    oomScoreAdj: oomScoreAdj,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updatePriorityConfig(request) }
        }
    }
}

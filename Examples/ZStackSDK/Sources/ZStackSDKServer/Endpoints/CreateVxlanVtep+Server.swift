import ZStackSDK

/// The server side of ``CreateVxlanVtep``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous.
nonisolated enum CreateVxlanVtepServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVxlanVtep.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let poolUuid = try body.wrappedField(String.self, "poolUuid")
                let vtepIp = try body.wrappedField(String.self, "vtepIp")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVxlanVtep.Request(
                    hostUuid: try call.required(hostUuid, .bodyField("params.hostUuid")),
                    poolUuid: try call.required(poolUuid, .bodyField("params.poolUuid")),
                    vtepIp: vtepIp,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVxlanVtep(request) }
        }
    }
}

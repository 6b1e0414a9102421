import ZStackSDK

/// The server side of ``CreateVxlanPoolRemoteVtep``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous.
nonisolated enum CreateVxlanPoolRemoteVtepServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVxlanPoolRemoteVtep.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let remoteVtepIp = try body.wrappedField(String.self, "remoteVtepIp")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateVxlanPoolRemoteVtep.Request(
                    l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                    clusterUuid: try call.pathParameter("clusterUuid", as: String.self),
                    remoteVtepIp: try call.required(remoteVtepIp, .bodyField("params.remoteVtepIp")),
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createVxlanPoolRemoteVtep(request) }
        }
    }
}

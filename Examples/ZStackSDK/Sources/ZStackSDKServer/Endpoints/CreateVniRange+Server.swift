import ZStackSDK

/// The server side of ``CreateVniRange``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous.
nonisolated enum CreateVniRangeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVniRange.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let startVni = try body.wrappedField(Int.self, "startVni")
                let endVni = try body.wrappedField(Int.self, "endVni")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                return CreateVniRange.Request(
                    l2NetworkUuid: try call.pathParameter("l2NetworkUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    startVni: try call.required(startVni, .bodyField("params.startVni")),
                    endVni: try call.required(endVni, .bodyField("params.endVni")),
                    description: description,
                    resourceUuid: resourceUuid,
                    systemTags: systemTags,
                    userTags: userTags,
                    tagUuids: tagUuids
                )
            }
            return { try await handler.createVniRange(request) }
        }
    }
}

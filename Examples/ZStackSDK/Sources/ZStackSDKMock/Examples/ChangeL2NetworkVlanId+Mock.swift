public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeL2NetworkVlanId``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeL2NetworkVlanIdExample = #"""
        {
          "inventory": {
            "uuid": "e2838e426a62b302e3685e63540e9a25",
            "name": "name",
            "description": "description",
            "zoneUuid": "0714555271a071404eea93e3e9b0b007",
            "physicalInterface": "physicalInterface",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedClusterUuids": [
              "attachedClusterUuids"
            ]
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeL2NetworkVlanId(
        _ request: ChangeL2NetworkVlanId.Request
    ) async throws -> ChangeL2NetworkVlanId.Response {
        try Self.example(ChangeL2NetworkVlanId.Response.self, json: Self.changeL2NetworkVlanIdExample)
    }
}

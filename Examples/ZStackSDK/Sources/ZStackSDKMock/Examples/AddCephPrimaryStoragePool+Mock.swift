public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddCephPrimaryStoragePool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addCephPrimaryStoragePoolExample = #"""
        {
          "inventory": {
            "uuid": "d2d2778849380810bbefd756541a77e0",
            "primaryStorageUuid": "ee82d0975e43cd1d1f09c04159197e53",
            "poolName": "poolName",
            "aliasName": "aliasName",
            "description": "description",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "type": "type",
            "availableCapacity": 1,
            "usedCapacity": 1,
            "replicatedSize": 1,
            "totalCapacity": 1
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addCephPrimaryStoragePool(
        _ request: AddCephPrimaryStoragePool.Request
    ) async throws -> AddCephPrimaryStoragePool.Response {
        try Self.example(AddCephPrimaryStoragePool.Response.self, json: Self.addCephPrimaryStoragePoolExample)
    }
}

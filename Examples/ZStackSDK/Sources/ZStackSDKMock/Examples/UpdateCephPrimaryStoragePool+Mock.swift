public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateCephPrimaryStoragePool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateCephPrimaryStoragePoolExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "23121532bfb439f3a7144a0b6877d24e",
            "primaryStorageUuid": "6a353fd134df25328cfe7071e60952e6",
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
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func updateCephPrimaryStoragePool(
        _ request: UpdateCephPrimaryStoragePool.Request
    ) async throws -> UpdateCephPrimaryStoragePool.Response {
        try Self.example(UpdateCephPrimaryStoragePool.Response.self, json: Self.updateCephPrimaryStoragePoolExample)
    }
}
